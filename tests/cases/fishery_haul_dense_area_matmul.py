# case: distribute per-haul catch over ICES statistical rectangles with a dense haul-to-rectangle fraction matrix -> plain dense matmul, static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RectangleAllocator(nn.Cell):
    def __init__(self, normalise=True):
        super().__init__()
        self.normalise = normalise

    def construct(self, frac, catch_kg):
        if self.normalise:
            frac = frac / ops.maximum(frac.sum(axis=0, keepdims=True), 1e-6)
        per_rect = ops.matmul(frac, catch_kg)
        share = per_rect / per_rect.sum()
        return per_rect, share


def make():
    np.random.seed(26)
    frac = np.zeros((6, 5), dtype=np.float32)
    frac[0, 0] = 1.0; frac[1, 1] = 0.6; frac[2, 1] = 0.4
    frac[2, 2] = 1.0; frac[3, 3] = 1.0; frac[4, 4] = 0.3; frac[5, 4] = 0.7
    catch = Tensor(np.random.uniform(100, 900, size=(5, 1)).astype(np.float32))
    return RectangleAllocator(), (Tensor(frac), catch)
