# case: count processed catalogue records in a non-trainable Parameter updated with ops.assign_add inside construct -> supported side effect, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class RecordEmbedder(nn.Cell):
    def __init__(self, in_dim=36, out_dim=16):
        super().__init__()
        self.body = nn.SequentialCell(
            nn.Dense(in_dim, 32), nn.ReLU(), nn.Dense(32, out_dim))
        self.records_seen = Parameter(Tensor(0, ms.int32), name="records_seen", requires_grad=False)
        self.dups_seen = Parameter(Tensor(0.0, ms.float32), name="dups_seen", requires_grad=False)

    def construct(self, records, is_dup):
        z = self.body(records)
        z = z / ops.norm(z, dim=1, keepdim=True)
        ops.assign_add(self.records_seen, Tensor(records.shape[0], ms.int32))
        ops.assign_add(self.dups_seen, is_dup.sum())
        return z, self.records_seen


def make():
    np.random.seed(65)
    recs = Tensor(np.random.randn(15, 36).astype(np.float32))
    dup = Tensor((np.random.rand(15) > 0.8).astype(np.float32))
    return RecordEmbedder(), (recs, dup)
