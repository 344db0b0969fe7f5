# case: transformer attention distillation picks which teacher layer to match using an index tensor converted with int() -> tensor value used as Python index in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LayerMappedAttnKD(nn.Cell):
    def __init__(self, n_teacher_layers=6):
        super().__init__()
        self.n_t = n_teacher_layers

    def attn_kl(self, a_s, a_t):
        log_s = ops.log(a_s + 1e-8)
        log_t = ops.log(a_t + 1e-8)
        return (a_t * (log_t - log_s)).sum(axis=-1).mean()

    def construct(self, s_attn, t_attn_stack, layer_map):
        loss = 0.0
        for i in range(len(s_attn)):
            j = int(layer_map[i])
            loss = loss + self.attn_kl(s_attn[i], t_attn_stack[j])
        return loss / len(s_attn)


def make():
    np.random.seed(10)
    def attn(*shape):
        a = np.random.rand(*shape).astype(np.float32)
        return a / a.sum(-1, keepdims=True)
    s = (Tensor(attn(2, 4, 5, 5)), Tensor(attn(2, 4, 5, 5)))
    t = Tensor(attn(6, 2, 4, 5, 5))
    layer_map = Tensor(np.array([2, 5], dtype=np.int32))
    return LayerMappedAttnKD(), (s, t, layer_map)
