# case: decode the single best answer span by argmax over the flattened masked (start, end) score matrix and recover start/end with // and % by the sequence length -> index arithmetic on tensors, sizes from shapes; Graph mode should compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DecodeConfig:
    def __init__(self, hidden_size=16, max_answer_length=5):
        self.hidden_size = hidden_size
        self.max_answer_length = max_answer_length


def valid_span_mask(context_mask, max_answer_length):
    seq_len = context_mask.shape[-1]
    ones = ops.ones((seq_len, seq_len), ms.float32)
    band = ops.triu(ones) - ops.triu(ones, max_answer_length)
    cm = context_mask.astype(ms.float32)
    return band.expand_dims(0) * cm.expand_dims(2) * cm.expand_dims(1)


class BestSpanDecoder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.qa = nn.Dense(config.hidden_size, 2)
        self.max_answer_length = config.max_answer_length

    def construct(self, hidden, context_mask):
        logits = self.qa(hidden)
        scores = logits[..., 0].expand_dims(2) + logits[..., 1].expand_dims(1)
        valid = valid_span_mask(context_mask, self.max_answer_length)
        scores = scores * valid + (valid - 1.0) * 1e4
        batch, seq_len = scores.shape[0], scores.shape[1]
        flat = scores.reshape(batch, seq_len * seq_len)
        best = flat.argmax(axis=-1)
        best_score = ops.gather_elements(flat, 1, best.expand_dims(-1)).squeeze(-1)
        return best // seq_len, best % seq_len, best_score


def make():
    np.random.seed(3751)
    hidden = Tensor(np.random.randn(2, 11, 16).astype(np.float32))
    cm = np.zeros((2, 11), dtype=np.int32)
    cm[:, 4:10] = 1
    return BestSpanDecoder(DecodeConfig()), (hidden, Tensor(cm))
