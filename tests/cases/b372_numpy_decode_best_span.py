# case: decode the best (start, end) pair with NumPy argmax over the score matrix inside the reader's postprocess helper -> .asnumpy() and NumPy on tensors in construct; Graph mode should reject
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PostprocessConfig:
    max_answer_length = 4
    hidden_size = 16
    decode_in_graph = True


class NumpyDecodeMixin:
    def decode(self, start_logits, end_logits):
        s = start_logits.asnumpy()
        e = end_logits.asnumpy()
        scores = s[:, :, None] + e[:, None, :]
        scores = np.triu(scores) - np.triu(scores, self.max_answer_length)
        flat = scores.reshape(scores.shape[0], -1).argmax(-1)
        seq_len = s.shape[1]
        return Tensor(np.stack([flat // seq_len, flat % seq_len], -1))


class DecodingReader(nn.Cell, NumpyDecodeMixin):
    def __init__(self, config):
        super().__init__()
        self.qa = nn.Dense(config.hidden_size, 2)
        self.max_answer_length = config.max_answer_length
        self.decode_in_graph = config.decode_in_graph

    def construct(self, hidden):
        logits = self.qa(hidden)
        start_logits, end_logits = logits[..., 0], logits[..., 1]
        if self.decode_in_graph:
            return self.decode(start_logits, end_logits)
        return start_logits, end_logits


def make():
    np.random.seed(3734)
    hidden = Tensor(np.random.randn(2, 10, 16).astype(np.float32))
    return DecodingReader(PostprocessConfig()), (hidden,)
