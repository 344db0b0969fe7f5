# case: track spool winding progress with a plain Python state object created and updated inside construct -> plain class instantiated and mutated in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SpoolState:
    def __init__(self, core_radius_mm):
        self.radius_mm = core_radius_mm
        self.layers = 0

    def add_layer(self, rope_dia_mm):
        self.radius_mm = self.radius_mm + rope_dia_mm
        self.layers += 1


class WindingLength(nn.Cell):
    def __init__(self, n_layers=5, core_radius_mm=60.0):
        super().__init__()
        self.n_layers = n_layers
        self.core_radius_mm = core_radius_mm

    def construct(self, rope_dia_mm, turns_per_layer):
        state = SpoolState(self.core_radius_mm)
        total_m = ops.zeros((), ms.float32)
        for i in range(self.n_layers):
            circumference_m = 2 * 3.14159 * (state.radius_mm + rope_dia_mm / 2) / 1000.0
            total_m = total_m + circumference_m * turns_per_layer[i]
            state.add_layer(rope_dia_mm)
        return total_m, state.radius_mm


def make():
    np.random.seed(111)
    dia = Tensor(np.array(12.0, dtype=np.float32))
    turns = Tensor(np.random.randint(18, 22, size=(5,)).astype(np.float32))
    return WindingLength(), (dia, turns)
