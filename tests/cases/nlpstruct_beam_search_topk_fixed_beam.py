# case: beam search step loop with topk over beam*vocab (k = beam size constant), backpointer gather of histories -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BeamSearchDecoder(nn.Cell):
    def __init__(self, vocab_size=11, hidden=8, beam_size=3, max_len=4, length_penalty=1.0):
        super().__init__()
        self.embed = nn.Embedding(vocab_size, hidden)
        self.rnn = nn.GRUCell(hidden, hidden)
        self.proj = nn.Dense(hidden, vocab_size)
        self.vocab_size = vocab_size
        self.beam_size = beam_size
        self.max_len = max_len
        self.length_penalty = length_penalty

    def construct(self, enc_state, bos_ids):
        batch, hidden = enc_state.shape
        k, v = self.beam_size, self.vocab_size
        state = ops.broadcast_to(enc_state.expand_dims(1), (batch, k, hidden)).reshape(batch * k, hidden)
        tokens = ops.broadcast_to(bos_ids.expand_dims(1), (batch, k)).reshape(-1)
        init = Tensor(np.array([0.0] + [-1e9] * (self.beam_size - 1), np.float32))
        beam_scores = ops.broadcast_to(init.expand_dims(0), (batch, k))
        history = []
        for _ in range(self.max_len):
            state = self.rnn(self.embed(tokens), state)
            logp = ops.log_softmax(self.proj(state), -1).reshape(batch, k, v)
            cand = (beam_scores.expand_dims(2) + logp).reshape(batch, k * v)
            beam_scores, flat_idx = ops.topk(cand, k)
            origin = (flat_idx // v).astype(ms.int32)
            tokens2d = (flat_idx % v).astype(ms.int32)
            history = [ops.gather_elements(h, 1, origin) for h in history]
            history.append(tokens2d)
            gather_rows = (origin + ops.arange(batch, dtype=ms.int32).expand_dims(1) * k).reshape(-1)
            state = ops.gather(state, gather_rows, 0)
            tokens = tokens2d.reshape(-1)
        return ops.stack(history, 2)[:, 0], beam_scores[:, 0] / (self.max_len ** self.length_penalty)


def make():
    np.random.seed(0)
    enc = Tensor(np.random.randn(2, 8).astype(np.float32))
    bos = Tensor(np.array([1, 1], np.int32))
    return BeamSearchDecoder(), (enc, bos)
