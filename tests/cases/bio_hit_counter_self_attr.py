# case: motif detector that records the number of hits of the last call by writing a tensor-derived value to a self attribute in construct -> attribute write on self, may error or be ignored in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MotifDetector(nn.Cell):
    def __init__(self, motif_len=5, threshold=0.6):
        super().__init__()
        self.conv = nn.Conv1d(4, 1, motif_len, pad_mode="valid", has_bias=True)
        self.threshold = threshold
        self.last_hit_count = 0
        self.calls = 0

    def construct(self, onehot):
        prob = ops.sigmoid(self.conv(onehot)).squeeze(1)
        hits = (prob > self.threshold).astype(ms.int32)
        self.last_hit_count = hits.sum()
        self.calls = self.calls + 1
        return prob * hits.astype(ms.float32)


def make():
    np.random.seed(22)
    seq = np.random.randint(0, 4, size=(2, 24))
    onehot = np.eye(4, dtype=np.float32)[seq].transpose(0, 2, 1)
    return MotifDetector(), (Tensor(onehot),)
