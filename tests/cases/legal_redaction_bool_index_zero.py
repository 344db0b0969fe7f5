# case: redact sensitive tokens by boolean-indexing the embedding matrix and reading back the sensitive rows for an audit vector -> boolean mask indexing gives data-dependent rows, dynamic shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RedactionAuditor(nn.Cell):
    def __init__(self, vocab_size=60, hidden=10):
        super().__init__()
        self.embed = nn.Embedding(vocab_size, hidden)
        self.audit = nn.Dense(hidden, 2)

    def construct(self, token_ids, sensitive):
        emb = self.embed(token_ids)                     # (L, H)
        redacted_rows = emb[sensitive]                  # (n_sensitive, H)
        audit_logits = self.audit(redacted_rows.mean(axis=0))
        return audit_logits


def make():
    np.random.seed(10)
    ids = Tensor(np.random.randint(0, 60, size=(22,)).astype(np.int32))
    sens = np.zeros(22, dtype=bool)
    sens[[2, 3, 4, 15, 16]] = True
    return RedactionAuditor(), (ids, Tensor(sens))
