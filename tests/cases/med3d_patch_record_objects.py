# case: scores axial slabs of a volume by building plain Python PatchRecord objects inside construct and mutating their score -> compile error at line 26
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PatchRecord:
    def __init__(self, origin, logits):
        self.origin = origin
        self.logits = logits
        self.score = None

    def update_score(self):
        self.score = ops.sigmoid(self.logits).mean()


class SlabScorer(nn.Cell):
    def __init__(self, slab=4, in_ch=1):
        super().__init__()
        self.slab = slab
        self.conv = nn.Conv3d(in_ch, 1, 3, pad_mode="same", has_bias=True)

    def construct(self, volume):
        records = []
        for z in range(0, volume.shape[2], self.slab):
            rec = PatchRecord(z, self.conv(volume[:, :, z:z + self.slab]))
            rec.update_score()
            records.append(rec)
        return ops.stack([r.score for r in records])


def make():
    np.random.seed(0)
    vol = Tensor(np.random.rand(1, 1, 8, 6, 6).astype(np.float32))
    return SlabScorer(), (vol,)
