# case: property head holds a @ms.jit_class unit converter built in __init__ (eV/atom -> meV/atom, GPa scaling) and only reads its constant fields in construct -> read-only jit_class, expected to compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

EV_TO_MEV = 1000.0
EV_PER_A3_TO_GPA = 160.21766


@ms.jit_class
class UnitConverter:
    def __init__(self, energy_scale, stress_scale):
        self.energy_scale = energy_scale
        self.stress_scale = stress_scale

    def energy(self, e):
        return e * self.energy_scale

    def stress(self, s):
        return s * self.stress_scale


class PropertyHead(nn.Cell):
    def __init__(self, hidden=16, units="meV"):
        super().__init__()
        scale = EV_TO_MEV if units == "meV" else 1.0
        self.units = UnitConverter(scale, EV_PER_A3_TO_GPA)
        self.energy_out = nn.Dense(hidden, 1)
        self.stress_out = nn.Dense(hidden, 6)

    def construct(self, crys_h, n_atoms):
        e_per_atom = self.energy_out(crys_h).squeeze(-1)
        total = e_per_atom * n_atoms.astype(e_per_atom.dtype)
        return self.units.energy(total), self.units.stress(self.stress_out(crys_h))


def make():
    np.random.seed(35)
    crys_h = Tensor(np.random.randn(3, 16).astype(np.float32))
    n_atoms = Tensor(np.array([4, 6, 2], dtype=np.int32))
    return PropertyHead(), (crys_h, n_atoms)
