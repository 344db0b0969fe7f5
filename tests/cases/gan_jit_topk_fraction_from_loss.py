# case: @ms.jit top-k generator loss where the kept fraction anneals from a tensor step and k = int(ceil(frac * N)) -> compile error at line 15
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor


def anneal(step, start=1.0, end=0.5, decay=0.99):
    return ops.maximum(start * decay ** step, end)


@ms.jit
def topk_generator_loss(d_fake, step):
    frac = anneal(step)
    n = d_fake.shape[0]
    k = int(ops.ceil(frac * n))
    top_scores, _ = ops.topk(d_fake.reshape(-1), k)
    return ops.softplus(-top_scores).mean()


def make():
    np.random.seed(0)
    d_fake = Tensor(np.random.randn(8, 1).astype(np.float32))
    step = Tensor(30.0, ms.float32)
    return topk_generator_loss, (d_fake, step)
