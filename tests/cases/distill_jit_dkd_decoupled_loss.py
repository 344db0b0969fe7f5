# case: ms.jit function computing decoupled KD (target-class and non-target-class terms) with a one_hot mask from labels -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit
def dkd_loss(s_logits, t_logits, labels, alpha=1.0, beta=8.0, temp=4.0):
    n_cls = s_logits.shape[-1]
    gt = ops.one_hot(labels, n_cls, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
    other = 1.0 - gt
    p_s = ops.softmax(s_logits / temp, axis=-1)
    p_t = ops.softmax(t_logits / temp, axis=-1)
    b_s = ops.stack([(p_s * gt).sum(-1), (p_s * other).sum(-1)], axis=1)
    b_t = ops.stack([(p_t * gt).sum(-1), (p_t * other).sum(-1)], axis=1)
    tckd = (b_t * (ops.log(b_t + 1e-8) - ops.log(b_s + 1e-8))).sum(-1).mean()
    masked_s = s_logits / temp - 1000.0 * gt
    masked_t = t_logits / temp - 1000.0 * gt
    q_t = ops.softmax(masked_t, axis=-1)
    nckd = (q_t * (ops.log_softmax(masked_t, axis=-1) - ops.log_softmax(masked_s, axis=-1))).sum(-1).mean()
    return (alpha * tckd + beta * nckd) * temp * temp


def make():
    np.random.seed(37)
    s = Tensor(np.random.randn(6, 7).astype(np.float32))
    t = Tensor(np.random.randn(6, 7).astype(np.float32))
    y = Tensor(np.random.randint(0, 7, size=(6,)).astype(np.int32))
    return dkd_loss, (s, t, y)
