# case: doc-stride windowing of a long encoded context where the window count is computed from the static sequence shape and config ints -> range over a Python int; Graph mode should compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class StrideConfig:
    def __init__(self, max_seq_length=8, doc_stride=4, hidden_size=16):
        self.max_seq_length = max_seq_length
        self.doc_stride = doc_stride
        self.hidden_size = hidden_size


def num_windows(seq_len, max_len, stride):
    return (seq_len - max_len) // stride + 1


class StridedReader(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.max_len = config.max_seq_length
        self.stride = config.doc_stride
        self.qa = nn.Dense(config.hidden_size, 2)

    def _window_score(self, chunk):
        logits = self.qa(chunk)
        return logits[..., 0].max(axis=-1) + logits[..., 1].max(axis=-1)

    def construct(self, hidden):
        n = num_windows(hidden.shape[1], self.max_len, self.stride)
        window_scores = [self._window_score(hidden[:, w * self.stride:w * self.stride + self.max_len, :])
                         for w in range(n)]
        scores = ops.stack(window_scores, axis=-1)
        return scores, scores.argmax(axis=-1)


def make():
    np.random.seed(3744)
    hidden = Tensor(np.random.randn(2, 20, 16).astype(np.float32))
    return StridedReader(StrideConfig()), (hidden,)
