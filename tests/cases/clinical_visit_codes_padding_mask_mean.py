# case: visit-code embedding that averages codes per visit with a float padding mask -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class VisitEmbedding(nn.Cell):
    def __init__(self, vocab_size=60, dim=16, pad_id=0, max_codes=8):
        super().__init__()
        self.embed = nn.Embedding(vocab_size, dim, padding_idx=pad_id)
        self.pad_id = pad_id
        self.max_codes = max_codes

    def construct(self, codes):
        codes = codes[:, :, :self.max_codes]
        mask = (codes != self.pad_id).astype(ms.float32).expand_dims(-1)
        emb = self.embed(codes) * mask
        return emb.sum(2) / mask.sum(2).clip(1.0, None)


class PatientVisitModel(nn.Cell):
    def __init__(self, vocab_size=60, dim=16, n_classes=2):
        super().__init__()
        self.visit = VisitEmbedding(vocab_size, dim)
        self.rnn = nn.LSTM(dim, dim, batch_first=True)
        self.out = nn.Dense(dim, n_classes)

    def construct(self, codes, visit_lengths):
        v = self.visit(codes)
        h, _ = self.rnn(v)
        n_visits = h.shape[1]
        last = ops.one_hot(visit_lengths - 1, n_visits, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        pooled = (h * last.expand_dims(-1)).sum(1)
        return self.out(pooled)


def make():
    np.random.seed(5)
    codes = np.random.randint(1, 60, size=(3, 5, 10)).astype(np.int32)
    codes[:, :, 7:] = 0
    codes[1, 3:] = 0
    lengths = np.array([5, 3, 4], dtype=np.int32)
    return PatientVisitModel(), (Tensor(codes), Tensor(lengths))
