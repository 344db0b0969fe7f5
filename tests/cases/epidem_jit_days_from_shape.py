# case: ms.jit SIR simulation driven by a daily contact-reduction schedule, looping over range(schedule.shape[0]) -> static shapes
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor


@ms.jit
def simulate_with_npi(s, i, r, beta, gamma, contact_reduction):
    n = s + i + r
    daily = []
    for t in range(contact_reduction.shape[0]):
        eff_beta = beta * (1.0 - contact_reduction[t])
        inf = eff_beta * s * i / n
        rec = gamma * i
        s = s - inf
        i = i + inf - rec
        r = r + rec
        daily.append(inf)
    return ops.stack(daily), s, i, r


def make():
    np.random.seed(29)
    pop = np.random.uniform(2e3, 8e3, size=4).astype(np.float32)
    i0 = np.random.uniform(2, 12, size=4).astype(np.float32)
    schedule = np.clip(np.linspace(0.0, 0.5, 10) + np.random.normal(0, 0.02, 10), 0, 0.9).astype(np.float32)
    inputs = (
        Tensor(pop - i0), Tensor(i0), Tensor(np.zeros(4, np.float32)),
        Tensor(0.28, ms.float32), Tensor(0.1, ms.float32), Tensor(schedule),
    )
    return simulate_with_npi, inputs
