# case: ms.jit SIR simulation whose number of days comes from int(days) on a tensor argument and drives range() -> tensor converted to a Python int for the loop bound
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor


@ms.jit
def simulate_sir(s, i, r, beta, gamma, days):
    n = s + i + r
    total_new = ops.zeros_like(s)
    for _ in range(int(days)):
        inf = beta * s * i / n
        rec = gamma * i
        s = s - inf
        i = i + inf - rec
        r = r + rec
        total_new = total_new + inf
    return s, i, r, total_new


def make():
    np.random.seed(28)
    pop = np.random.uniform(2e3, 8e3, size=4).astype(np.float32)
    i0 = np.random.uniform(2, 12, size=4).astype(np.float32)
    inputs = (
        Tensor(pop - i0), Tensor(i0), Tensor(np.zeros(4, np.float32)),
        Tensor(0.28, ms.float32), Tensor(0.1, ms.float32), Tensor(12, ms.int32),
    )
    return simulate_sir, inputs
