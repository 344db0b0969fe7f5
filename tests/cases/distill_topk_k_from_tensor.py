# case: top-k logit distillation where k comes in as a tensor and is converted with int() -> graph mode cannot use a tensor value as topk k
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TopKLogitKD(nn.Cell):
    def __init__(self, temperature=3.0):
        super().__init__()
        self.t = temperature

    def construct(self, s_logits, t_logits, k_tensor):
        k = int(k_tensor)
        t_vals, t_idx = ops.topk(t_logits, k)
        s_vals = ops.gather_elements(s_logits, 1, t_idx)
        p_t = ops.softmax(t_vals / self.t, axis=-1)
        log_p_s = ops.log_softmax(s_vals / self.t, axis=-1)
        return -(p_t * log_p_s).sum(axis=-1).mean()


def make():
    np.random.seed(3)
    s = Tensor(np.random.randn(6, 20).astype(np.float32))
    t = Tensor(np.random.randn(6, 20).astype(np.float32))
    k = Tensor(5, ms.int32)
    return TopKLogitKD(), (s, t, k)
