# case: entity linker that deduplicates candidate ids across mentions with ops.unique before scoring -> dynamic shape at line 27
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MentionEncoder(nn.Cell):
    def __init__(self, vocab=60, dim=16):
        super().__init__()
        self.tok = nn.Embedding(vocab, dim)
        self.proj = nn.Dense(dim, dim)

    def construct(self, tokens):
        return ops.tanh(self.proj(self.tok(tokens).mean(axis=1)))


class CandidateLinker(nn.Cell):
    def __init__(self, vocab=60, num_entities=100, dim=16, temperature=0.5):
        super().__init__()
        self.encoder = MentionEncoder(vocab, dim)
        self.ent = nn.Embedding(num_entities, dim)
        self.temperature = temperature

    def construct(self, mention_tokens, candidates):
        m = self.encoder(mention_tokens)
        flat = candidates.reshape(-1)
        uniq, inverse = ops.unique(flat)
        uniq_emb = self.ent(uniq)
        sim = ops.matmul(m, uniq_emb.T) / self.temperature
        probs = ops.softmax(sim, axis=-1)
        best = ops.argmax(probs, dim=-1)
        return ops.gather(uniq, best, 0), inverse


def make():
    np.random.seed(4)
    tokens = np.random.randint(0, 60, (3, 5)).astype(np.int32)
    cands = np.array([[3, 7, 9, 7], [9, 12, 3, 40], [55, 7, 12, 12]], dtype=np.int32)
    return CandidateLinker(), (Tensor(tokens), Tensor(cands))
