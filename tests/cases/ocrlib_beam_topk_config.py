# case: attention-recognizer beam search with the beam width and max length taken from the config (Python ints), top-k over flattened beam x vocab scores and gathering back-pointers each step -> compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BeamConfig:
    def __init__(self, beam_width=3, max_len=6, num_classes=20, hidden=16, use_beam_search=True):
        self.beam_width = beam_width
        self.max_len = max_len
        self.num_classes = num_classes
        self.hidden = hidden
        self.use_beam_search = use_beam_search


class BeamSearchDecoder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.beam = config.beam_width
        self.max_len = config.max_len
        self.vocab = config.num_classes
        self.use_beam_search = config.use_beam_search
        self.embed = nn.Embedding(config.num_classes, config.hidden)
        self.rnn = nn.GRUCell(config.hidden, config.hidden)
        self.out = nn.Dense(config.hidden, config.num_classes)

    def _step(self, tokens, h):
        h = self.rnn(self.embed(tokens), h)
        return ops.log_softmax(self.out(h), axis=-1), h

    def construct(self, h0):
        h = ops.tile(h0, (self.beam, 1))
        tokens = ops.zeros((self.beam,), ms.int32)
        scores = Tensor(np.array([0.0] + [-1e4] * (self.beam - 1), np.float32))
        history = []
        for _ in range(self.max_len):
            logp, h = self._step(tokens, h)
            if not self.use_beam_search:
                tokens = ops.argmax(logp, dim=-1).astype(ms.int32)
                history.append(tokens)
                continue
            cand = (scores.expand_dims(-1) + logp).reshape(-1)
            scores, flat = ops.topk(cand, self.beam)
            origin = (flat // self.vocab).astype(ms.int32)
            tokens = (flat % self.vocab).astype(ms.int32)
            h = ops.gather(h, origin, 0)
            history.append(tokens)
        return ops.stack(history, axis=1), scores


def make():
    np.random.seed(14)
    h0 = Tensor(np.random.randn(1, 16).astype(np.float32))
    return BeamSearchDecoder(BeamConfig()), (h0,)
