# case: attention-decoder greedy search that appends the argmax token to the hypothesis with concat inside `while` until every utterance emitted <eos> -> loop count from data and a tensor that grows each iteration, dynamic or error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SearchConfig:
    vocab_size = 10
    d_model = 32
    sos_id = 9
    eos_id = 9
    max_len_ratio = 1.0


class AttentionGreedySearch(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.embed = nn.Embedding(config.vocab_size, config.d_model)
        self.out = nn.Dense(config.d_model, config.vocab_size)
        self.sos, self.eos = config.sos_id, config.eos_id
        self.max_len_ratio = config.max_len_ratio

    def step(self, memory, hyps):
        ctx = memory.mean(axis=1)
        h = self.embed(hyps[:, -1]) + ctx
        return ops.log_softmax(self.out(h), axis=-1)

    def construct(self, memory):
        batch = memory.shape[0]
        max_len = int(memory.shape[1] * self.max_len_ratio)
        hyps = ops.full((batch, 1), self.sos, dtype=ms.int32)
        ended = ops.zeros((batch,), ms.bool_)
        step = 0
        while not ended.all() and step < max_len:
            logp = self.step(memory, hyps)
            next_tok = ops.argmax(logp, dim=-1).astype(ms.int32)
            next_tok = ops.where(ended, ops.full_like(next_tok, self.eos), next_tok)
            hyps = ops.concat([hyps, next_tok.expand_dims(1)], axis=1)
            ended = ops.logical_or(ended, next_tok == self.eos)
            step += 1
        return hyps[:, 1:]


def make():
    np.random.seed(26)
    memory = Tensor(np.random.randn(2, 6, 32).astype(np.float32))
    return AttentionGreedySearch(SearchConfig()), (memory,)
