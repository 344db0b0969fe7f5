# case: speculative draft model proposes tokens in a while loop that continues while the draft is confident -> dynamic shape at line 32
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DraftModel(nn.Cell):
    def __init__(self, vocab=16, hidden=8):
        super().__init__()
        self.embed = nn.Embedding(vocab, hidden)
        self.head = nn.Dense(hidden, vocab)

    def construct(self, tok):
        return ops.softmax(self.head(self.embed(tok)), axis=-1)


class DraftProposer(nn.Cell):
    def __init__(self, max_draft=4, min_confidence=0.05):
        super().__init__()
        self.draft = DraftModel()
        self.max_draft = max_draft
        self.min_confidence = min_confidence

    def construct(self, last_tok):
        proposals = last_tok.expand_dims(1)
        conf = Tensor(1.0, ms.float32)
        n = Tensor(0, ms.int32)
        while n < self.max_draft and conf > self.min_confidence:
            probs = self.draft(proposals[:, -1])
            p, tok = ops.max(probs, axis=-1)
            conf = p.min()
            proposals = ops.concat((proposals, tok.astype(ms.int32).expand_dims(1)), axis=1)
            n = n + 1
        return proposals[:, 1:]


def make():
    np.random.seed(20)
    last = Tensor(np.array([3, 7], dtype=np.int32))
    return DraftProposer(), (last,)
