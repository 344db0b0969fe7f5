# case: grammar-constrained greedy decoding for a fixed max_steps, tracking the nonterminal via a transition table and a finished flag with where -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FixedStepGrammarDecoder(nn.Cell):
    def __init__(self, vocab_size=8, num_states=3, hidden=8, max_steps=4, eos_id=0, seed=2):
        super().__init__()
        rng = np.random.RandomState(seed)
        allowed = rng.rand(num_states, vocab_size) > 0.4
        allowed[:, eos_id] = True
        self.allowed = Tensor(allowed)
        self.transition = Tensor(rng.randint(0, num_states, size=(num_states, vocab_size)).astype(np.int32))
        self.max_steps = max_steps
        self.eos_id = eos_id
        self.embed = nn.Embedding(vocab_size, hidden)
        self.cell = nn.GRUCell(hidden, hidden)
        self.out = nn.Dense(hidden, vocab_size)

    def _constrained_argmax(self, h, state):
        logits = self.out(h)
        mask = ops.gather(self.allowed, state, 0)
        logits = ops.masked_fill(logits, ops.logical_not(mask), -1e9)
        return ops.argmax(logits, dim=-1).astype(ms.int32)

    def construct(self, h, start_tok, start_state):
        tok, state = start_tok, start_state
        finished = ops.zeros(tok.shape, ms.bool_)
        outputs = []
        for _ in range(self.max_steps):
            h = self.cell(self.embed(tok), h)
            nxt = self._constrained_argmax(h, state)
            nxt = ops.where(finished, ops.full_like(nxt, self.eos_id), nxt)
            state = ops.gather_nd(self.transition, ops.stack((state, nxt), axis=-1))
            finished = ops.logical_or(finished, nxt == self.eos_id)
            outputs.append(nxt)
            tok = nxt
        return ops.stack(outputs, axis=1)


def make():
    np.random.seed(0)
    h = Tensor(np.random.randn(2, 8).astype(np.float32))
    tok = Tensor(np.array([3, 5], np.int32))
    state = Tensor(np.array([0, 1], np.int32))
    return FixedStepGrammarDecoder(), (h, tok, state)
