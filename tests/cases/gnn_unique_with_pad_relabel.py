# case: subgraph relabelling with ops.unique_with_pad padded to a fixed length from __init__; expect static at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

PAD_ID = 0


class PaddedRelabel(nn.Cell):
    def __init__(self, num_nodes=64, dim=8):
        super().__init__()
        self.emb = nn.Embedding(num_nodes, dim)
        self.pad_id = PAD_ID

    def construct(self, sampled):
        flat = sampled.reshape(-1)
        nodes, inverse = ops.unique_with_pad(flat, self.pad_id)
        feats = self.emb(nodes)
        per_slot = ops.gather(feats, inverse, 0)
        return per_slot.reshape(sampled.shape[0], -1, feats.shape[-1]).mean(1)


def make():
    sampled = Tensor(np.random.RandomState(20).randint(1, 64, (4, 6)).astype(np.int32))
    return PaddedRelabel(), (sampled,)
