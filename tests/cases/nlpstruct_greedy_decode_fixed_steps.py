# case: greedy decoding with a GRU cell for max_len steps, finished flags and EOS padding via where -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GreedyDecoder(nn.Cell):
    def __init__(self, vocab_size=12, hidden=8, bos_id=1, eos_id=2, pad_id=0, max_len=6):
        super().__init__()
        self.embed = nn.Embedding(vocab_size, hidden)
        self.cell = nn.GRUCell(hidden, hidden)
        self.out = nn.Dense(hidden, vocab_size)
        self.bos_id, self.eos_id, self.pad_id = bos_id, eos_id, pad_id
        self.max_len = max_len

    def _step(self, token, state):
        state = self.cell(self.embed(token), state)
        return self.out(state).argmax(-1).astype(ms.int32), state

    def construct(self, encoder_state):
        batch = encoder_state.shape[0]
        token = ops.full((batch,), self.bos_id, dtype=ms.int32)
        finished = ops.zeros((batch,), ms.bool_)
        state = encoder_state
        outputs = []
        for _ in range(self.max_len):
            nxt, state = self._step(token, state)
            nxt = ops.where(finished, ops.full_like(nxt, self.pad_id), nxt)
            outputs.append(nxt)
            finished = ops.logical_or(finished, nxt == self.eos_id)
            token = nxt
        return ops.stack(outputs, 1), finished


def make():
    np.random.seed(0)
    enc = Tensor(np.random.randn(3, 8).astype(np.float32))
    return GreedyDecoder(), (enc,)
