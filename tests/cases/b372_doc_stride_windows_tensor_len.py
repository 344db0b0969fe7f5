# case: split a long context into doc-stride windows whose count is computed from the true sequence length tensor -> range() over a tensor-derived count; Graph mode should reject
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

    def construct(self, hidden, true_length):
        n = num_windows(true_length, self.max_len, self.stride)
        window_scores = []
        for w in range(n):
            begin = w * self.stride
            chunk = hidden[:, begin:begin + self.max_len, :]
            logits = self.qa(chunk)
            window_scores.append(logits[..., 0].max(axis=-1) + logits[..., 1].max(axis=-1))
        return ops.stack(window_scores, axis=-1)


def make():
    np.random.seed(3729)
    hidden = Tensor(np.random.randn(2, 20, 16).astype(np.float32))
    return StridedReader(StrideConfig()), (hidden, Tensor(16, ms.int32))
