# case: top-k warper with k from the constructor clipped by logits.shape, threshold by the k-th value -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TopKLogitsWarper(nn.Cell):
    def __init__(self, top_k=8, filter_value=-1e9, min_tokens_to_keep=1):
        super().__init__()
        self.top_k = max(top_k, min_tokens_to_keep)
        self.filter_value = filter_value

    def construct(self, logits):
        k = min(self.top_k, logits.shape[-1])
        top_vals, _ = ops.topk(logits, k)
        kth = top_vals[..., -1:]
        mask = logits < kth
        return ops.masked_fill(logits, mask, self.filter_value)


class TopKSampler(nn.Cell):
    def __init__(self, top_k=8, temperature=0.7):
        super().__init__()
        self.warper = TopKLogitsWarper(top_k)
        self.temperature = temperature

    def construct(self, logits, gumbel_noise):
        scaled = self.warper(logits / self.temperature)
        return ops.argmax(scaled + gumbel_noise, dim=-1)


def make():
    np.random.seed(3)
    logits = Tensor(np.random.randn(3, 20).astype(np.float32))
    u = np.random.uniform(1e-6, 1.0, size=(3, 20)).astype(np.float32)
    noise = Tensor(-np.log(-np.log(u)))
    return TopKSampler(top_k=40), (logits, noise)
