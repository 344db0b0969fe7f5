# case: iterate the brine loop temperature until the compressor load settles, collecting each iterate in a Python list -> while on a tensor condition with a growing list
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BrineLoopSolver(nn.Cell):
    """Fixed-point solve of brine supply temperature for a requested slab temperature."""

    def __init__(self, gain=0.35, tol=0.05, max_iter=30):
        super().__init__()
        self.gain = gain
        self.tol = tol
        self.max_iter = max_iter

    def step(self, brine_c, slab_target_c, heat_load_kw):
        slab_c = brine_c + heat_load_kw * 0.01
        return brine_c - self.gain * (slab_c - slab_target_c)

    def construct(self, slab_target_c, heat_load_kw):
        brine = slab_target_c - 3.0
        history = [brine]
        err = ops.abs(self.step(brine, slab_target_c, heat_load_kw) - brine).max()
        it = 0
        while err > self.tol and it < self.max_iter:
            new_brine = self.step(brine, slab_target_c, heat_load_kw)
            err = ops.abs(new_brine - brine).max()
            brine = new_brine
            history.append(brine)
            it += 1
        return brine, ops.stack(history)


def make():
    np.random.seed(3120)
    target = np.full((4,), -4.5, dtype=np.float32)
    load = np.random.uniform(150.0, 400.0, size=(4,)).astype(np.float32)
    return BrineLoopSolver(), (Tensor(target), Tensor(load))
