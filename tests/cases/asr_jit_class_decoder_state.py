# case: greedy CTC+attention rescoring state kept in an @ms.jit_class object updated in a loop and returned -> compile error at line 41
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class DecoderState:
    def __init__(self, hidden, total_score):
        self.hidden = hidden
        self.total_score = total_score

    def update(self, hidden, step_score):
        self.hidden = hidden
        self.total_score = self.total_score + step_score


class RescoringDecoder(nn.Cell):
    def __init__(self, vocab_size=9, dim=8, ctc_weight=0.3):
        super().__init__()
        self.embed = nn.Embedding(vocab_size, dim)
        self.cell = nn.GRUCell(dim, dim)
        self.proj = nn.Dense(dim, vocab_size)
        self.ctc_weight = ctc_weight

    def score_token(self, hidden, token):
        logp = ops.log_softmax(self.proj(hidden), axis=-1)
        return ops.gather_elements(logp, 1, token.expand_dims(1)).squeeze(1)

    def init_state(self, enc):
        return DecoderState(enc.mean(axis=1), ops.zeros((enc.shape[0],), ms.float32))

    def construct(self, enc, hyp_tokens, ctc_scores):
        state = self.init_state(enc)
        for i in range(hyp_tokens.shape[1]):
            tok = hyp_tokens[:, i]
            hidden = self.cell(self.embed(tok), state.hidden)
            state.update(hidden, self.score_token(hidden, tok))
        att = state.total_score
        total = (1.0 - self.ctc_weight) * att + self.ctc_weight * ctc_scores
        return total, state


def make():
    np.random.seed(21)
    enc = Tensor(np.random.randn(3, 6, 8).astype(np.float32))
    hyps = Tensor(np.random.randint(1, 9, size=(3, 4)).astype(np.int32))
    ctc = Tensor(np.random.randn(3).astype(np.float32))
    target = RescoringDecoder()
    return target, (enc, hyps, ctc)
