# case: per-object mask heads kept in an nn.CellList, iterated with enumerate and zipped with per-object feature slices for a config-fixed number of objects -> loop over Python-known structure; expected to compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MultiObjectConfig:
    def __init__(self, num_objects=3, value_dim=8, hidden_dim=8, share_heads=False):
        self.num_objects = num_objects
        self.value_dim = value_dim
        self.hidden_dim = hidden_dim
        self.share_heads = share_heads


def make_head(in_dim, hidden_dim):
    return nn.SequentialCell([
        nn.Conv2d(in_dim, hidden_dim, 3, pad_mode="same"),
        nn.ReLU(),
        nn.Conv2d(hidden_dim, 1, 1, has_bias=True),
    ])


class MultiObjectDecoder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        n_heads = 1 if config.share_heads else config.num_objects
        self.heads = nn.CellList([make_head(config.value_dim, config.hidden_dim) for _ in range(n_heads)])
        self.num_objects = config.num_objects

    def construct(self, readouts):
        # readouts: O, Cv, H, W
        per_obj = [readouts[i:i + 1] for i in range(self.num_objects)]
        logits = []
        for i, (head, r) in enumerate(zip(self.heads, per_obj)):
            logits.append(head(r) + 0.0 * i)
        logits = ops.concat(logits, axis=0).squeeze(1)
        return ops.sigmoid(logits)


def make():
    np.random.seed(3895)
    readouts = Tensor(np.random.randn(3, 8, 8, 8).astype(np.float32))
    return MultiObjectDecoder(MultiObjectConfig()), (readouts,)
