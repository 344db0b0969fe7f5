# case: CenterNet-style tracker zips a CellList of heads with their names to build per-head outputs, optional id head chosen by config -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

DEFAULT_HEADS = {"hm": 1, "wh": 4, "reg": 2}


class FairMOTConfig:
    def __init__(self, in_channels=8, head_conv=16, reid_dim=12, use_id_head=True):
        self.in_channels = in_channels
        self.head_conv = head_conv
        self.reid_dim = reid_dim
        self.use_id_head = use_id_head


def _make_head(cin, mid, cout):
    return nn.SequentialCell(
        nn.Conv2d(cin, mid, 3, pad_mode="same", has_bias=True),
        nn.ReLU(),
        nn.Conv2d(mid, cout, 1, has_bias=True),
    )


class FairMOTHeads(nn.Cell):
    def __init__(self, config, heads=None):
        super().__init__()
        heads = dict(DEFAULT_HEADS) if heads is None else dict(heads)
        if config.use_id_head:
            heads["id"] = config.reid_dim
        self.head_names = tuple(heads.keys())
        self.heads = nn.CellList([_make_head(config.in_channels, config.head_conv, c) for c in heads.values()])

    def construct(self, feat):
        outs = []
        for name, head in zip(self.head_names, self.heads):
            y = head(feat)
            if name == "hm":
                y = ops.sigmoid(y).clip(1e-4, 1 - 1e-4)
            elif name == "id":
                y = y / ops.norm(y, dim=1, keepdim=True)
            outs.append(y)
        return tuple(outs)


def make():
    np.random.seed(211)
    feat = Tensor(np.random.randn(1, 8, 10, 10).astype(np.float32))
    return FairMOTHeads(FairMOTConfig()), (feat,)
