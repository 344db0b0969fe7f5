# case: restoration network with a debug flag (default False, never enabled) whose branch prints f-string statistics via .asnumpy() and .item() -> constant-false branch, expected static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class NetConfig:
    def __init__(self, num_feat=8, num_blocks=2, debug=False, img_range=1.0):
        self.num_feat = num_feat
        self.num_blocks = num_blocks
        self.debug = debug
        self.img_range = img_range


class ResBlock(nn.Cell):
    def __init__(self, num_feat):
        super().__init__()
        self.conv1 = nn.Conv2d(num_feat, num_feat, 3, pad_mode="same", has_bias=True)
        self.conv2 = nn.Conv2d(num_feat, num_feat, 3, pad_mode="same", has_bias=True)

    def construct(self, x):
        return x + self.conv2(ops.relu(self.conv1(x)))


class DebuggableRestorer(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.head = nn.Conv2d(3, config.num_feat, 3, pad_mode="same", has_bias=True)
        self.blocks = nn.CellList([ResBlock(config.num_feat) for _ in range(config.num_blocks)])
        self.tail = nn.Conv2d(config.num_feat, 3, 3, pad_mode="same", has_bias=True)
        self.debug = config.debug
        self.img_range = config.img_range

    def _log_stats(self, name, t):
        arr = t.asnumpy()
        print(f"[{name}] mean={arr.mean():.4f} max={t.max().item():.4f}")

    def construct(self, lq):
        feat = self.head(lq * self.img_range)
        for i, blk in enumerate(self.blocks):
            feat = blk(feat)
            if self.debug:
                self._log_stats(f"block{i}", feat)
        return lq + self.tail(feat) / self.img_range


def make():
    np.random.seed(23)
    lq = Tensor(np.random.rand(1, 3, 8, 8).astype(np.float32))
    return DebuggableRestorer(NetConfig()), (lq,)
