# case: @ms.jit symmetric score normalisation against an impostor cohort using topk with a constant cohort size -> static shapes
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

TOP_COHORT = 5


def _unit(x):
    return x / ops.sqrt((x * x).sum(axis=-1, keepdims=True) + 1e-10)


@ms.jit
def snorm_score(enroll, test, cohort):
    e = _unit(enroll)
    t = _unit(test)
    c = _unit(cohort)
    raw = (e * t).sum(axis=-1)
    e_coh = ops.topk(ops.matmul(e, c.T), TOP_COHORT)[0]
    t_coh = ops.topk(ops.matmul(t, c.T), TOP_COHORT)[0]
    z = (raw - e_coh.mean(axis=-1)) / (e_coh.std(axis=-1) + 1e-6)
    tn = (raw - t_coh.mean(axis=-1)) / (t_coh.std(axis=-1) + 1e-6)
    return 0.5 * (z + tn)


def make():
    np.random.seed(36)
    enroll = Tensor(np.random.randn(4, 16).astype(np.float32))
    test = Tensor(np.random.randn(4, 16).astype(np.float32))
    cohort = Tensor(np.random.randn(20, 16).astype(np.float32))
    return snorm_score, (enroll, test, cohort)
