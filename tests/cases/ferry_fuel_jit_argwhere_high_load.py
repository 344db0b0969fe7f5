# case: jit function finds log rows at high engine load with ops.argwhere and averages fuel flow over them -> argwhere is dynamic shape in Graph mode
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

LOAD_THRESHOLD = 0.8


@ms.jit
def high_load_fuel(load_frac, fuel_flow):
    rows = ops.argwhere(load_frac > LOAD_THRESHOLD)
    picked = ops.gather_nd(fuel_flow, rows)
    return picked.mean(), load_frac.mean()


def make():
    np.random.seed(20)
    load = Tensor(np.random.rand(25).astype(np.float32))
    flow = Tensor(np.random.uniform(20, 80, size=(25,)).astype(np.float32))
    return high_load_fuel, (load, flow)
