from recruitscan.cli import main

main(prog_name="recruitscan")
