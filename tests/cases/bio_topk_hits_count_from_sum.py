# case: keeps as many top-scoring motif positions as there are positions above threshold, k computed from a tensor sum -> topk with a data-dependent k, error or dynamic in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class VariableTopHits(nn.Cell):
    def __init__(self, motif_len=4, threshold=0.3):
        super().__init__()
        self.conv = nn.Conv1d(4, 1, motif_len, pad_mode="valid", has_bias=True)
        self.threshold = threshold

    def construct(self, onehot):
        scores = ops.sigmoid(self.conv(onehot)).reshape(-1)
        n_hits = (scores > self.threshold).astype(ms.int32).sum()
        k = ops.maximum(n_hits, 1)
        top_scores, top_pos = ops.topk(scores, k)
        return top_scores, top_pos


def make():
    np.random.seed(16)
    seq = np.random.randint(0, 4, size=(1, 20))
    onehot = np.eye(4, dtype=np.float32)[seq].transpose(0, 2, 1)
    return VariableTopHits(), (Tensor(onehot),)
