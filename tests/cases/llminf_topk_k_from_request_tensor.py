# case: top-k logits filter where k comes from a per-request tensor converted with int() -> compile error / dynamic at line 14
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TopKLogitsWarper(nn.Cell):
    def __init__(self, filter_value=-1e9, min_tokens_to_keep=1):
        super().__init__()
        self.filter_value = filter_value
        self.min_tokens_to_keep = min_tokens_to_keep

    def construct(self, logits, top_k):
        k = max(int(top_k), self.min_tokens_to_keep)
        kth_vals, _ = ops.topk(logits, k)
        threshold = kth_vals[:, -1:]
        return ops.where(logits < threshold, ops.full_like(logits, self.filter_value), logits)


class SampleHead(nn.Cell):
    def __init__(self, hidden=12, vocab=50):
        super().__init__()
        self.lm_head = nn.Dense(hidden, vocab)
        self.warper = TopKLogitsWarper()

    def construct(self, hidden_state, top_k):
        logits = self.lm_head(hidden_state)
        logits = self.warper(logits, top_k)
        return ops.softmax(logits, axis=-1)


def make():
    np.random.seed(2)
    h = Tensor(np.random.randn(2, 12).astype(np.float32))
    return SampleHead(), (h, Tensor(5, ms.int32))
