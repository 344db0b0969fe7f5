# case: score every (start, end) pair and keep spans no longer than max_answer_length with a triu band mask built from the sequence shape, then take top n-best -> shapes and config ints only; Graph mode should compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class NBestConfig:
    def __init__(self, hidden_size=32, max_answer_length=6, n_best_size=4):
        self.hidden_size = hidden_size
        self.max_answer_length = max_answer_length
        self.n_best_size = n_best_size


def span_band(seq_len, max_answer_length, dtype=ms.float32):
    ones = ops.ones((seq_len, seq_len), dtype)
    return ops.triu(ones) - ops.triu(ones, max_answer_length)


class NBestSpanSelector(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.qa_outputs = nn.Dense(config.hidden_size, 2)
        self.max_answer_length = config.max_answer_length
        self.n_best_size = config.n_best_size

    def construct(self, sequence_output):
        batch, seq_len = sequence_output.shape[0], sequence_output.shape[1]
        logits = self.qa_outputs(sequence_output)
        start, end = logits[..., 0], logits[..., 1]
        scores = start.expand_dims(-1) + end.expand_dims(-2)
        band = span_band(seq_len, self.max_answer_length)
        scores = scores * band - 1e4 * (1.0 - band)
        top_scores, flat_idx = ops.topk(scores.reshape(batch, seq_len * seq_len), self.n_best_size)
        return top_scores, flat_idx // seq_len, flat_idx % seq_len


def make():
    np.random.seed(3741)
    seq = Tensor(np.random.randn(2, 12, 32).astype(np.float32))
    return NBestSpanSelector(NBestConfig()), (seq,)
