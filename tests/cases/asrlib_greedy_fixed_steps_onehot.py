# case: attention-decoder greedy search over range(config.max_decode_len) writes each token into a preallocated (B, L) buffer with a one-hot position mask and freezes finished utterances with ops.where -> fixed trip count and shapes, static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SearchConfig:
    def __init__(self, vocab_size=10, d_model=32, sos_id=9, eos_id=9, max_decode_len=6):
        self.vocab_size, self.d_model = vocab_size, d_model
        self.sos_id, self.eos_id = sos_id, eos_id
        self.max_decode_len = max_decode_len


class FixedLengthGreedySearch(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.embed = nn.Embedding(config.vocab_size, config.d_model)
        self.out = nn.Dense(config.d_model, config.vocab_size)
        self.sos, self.eos = config.sos_id, config.eos_id
        self.max_decode_len = config.max_decode_len

    def step(self, memory, prev_tok):
        return ops.log_softmax(self.out(self.embed(prev_tok) + memory.mean(axis=1)), axis=-1)

    def construct(self, memory):
        batch = memory.shape[0]
        hyps = ops.full((batch, self.max_decode_len), self.eos, dtype=ms.int32)
        prev = ops.full((batch,), self.sos, dtype=ms.int32)
        ended = ops.zeros((batch,), ms.bool_)
        scores = ops.zeros((batch,), ms.float32)
        positions = ops.arange(self.max_decode_len, dtype=ms.int32).expand_dims(0)
        for t in range(self.max_decode_len):
            logp = self.step(memory, prev)
            best_logp, tok = ops.max(logp, axis=-1)
            tok = ops.where(ended, ops.full_like(tok, self.eos), tok.astype(ms.int32))
            scores = scores + ops.where(ended, ops.zeros_like(best_logp), best_logp)
            write = (positions == t).astype(ms.int32)
            hyps = hyps * (1 - write) + tok.expand_dims(1) * write
            ended = ops.logical_or(ended, tok == self.eos)
            prev = tok
        return hyps, scores, ended


def make():
    np.random.seed(27)
    memory = Tensor(np.random.randn(2, 6, 32).astype(np.float32))
    return FixedLengthGreedySearch(SearchConfig()), (memory,)
