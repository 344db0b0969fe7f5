# case: ms.jit function distills only on samples the teacher classifies correctly, selected by boolean-mask indexing -> dynamic shape from boolean indexing
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def kl_div(p_t, log_p_s):
    return (p_t * (ops.log(p_t + 1e-8) - log_p_s)).sum(axis=-1)


@ms.jit
def correct_only_kd(s_logits, t_logits, labels):
    temp = 3.0
    correct = ops.argmax(t_logits, dim=-1) == labels
    s_sel = s_logits[correct]
    t_sel = t_logits[correct]
    p_t = ops.softmax(t_sel / temp, axis=-1)
    log_p_s = ops.log_softmax(s_sel / temp, axis=-1)
    return kl_div(p_t, log_p_s).mean() * temp * temp


def make():
    np.random.seed(38)
    y = np.random.randint(0, 4, size=(10,)).astype(np.int32)
    t = np.random.randn(10, 4).astype(np.float32)
    t[np.arange(5), y[:5]] += 5.0
    s = np.random.randn(10, 4).astype(np.float32)
    return correct_only_kd, (Tensor(s), Tensor(t), Tensor(y))
