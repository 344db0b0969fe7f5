# case: row-anchor lane head whose decode helper converts logits to numpy and picks the lane column per row -> compile error at line 18
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RowAnchorLaneHead(nn.Cell):
    def __init__(self, in_ch=8, num_cols=16, num_rows=6, num_lanes=2, img_w=320.0):
        super().__init__()
        self.num_cols = num_cols
        self.num_rows = num_rows
        self.num_lanes = num_lanes
        self.col_width = img_w / num_cols
        self.pool = ops.AdaptiveAvgPool2D((num_rows, 4))
        self.cls = nn.Dense(in_ch * 4, (num_cols + 1) * num_lanes)

    def decode(self, logits):
        prob = logits.asnumpy()
        col = np.argmax(prob, axis=-1)
        xs = np.where(col < self.num_cols, (col + 0.5) * self.col_width, -1.0)
        return Tensor(xs.astype(np.float32))

    def construct(self, feat):
        b, c = feat.shape[0], feat.shape[1]
        x = self.pool(feat).transpose(0, 2, 1, 3).reshape(b, self.num_rows, c * 4)
        logits = self.cls(x).reshape(b, self.num_rows, self.num_lanes, self.num_cols + 1)
        return self.decode(logits)


def make():
    np.random.seed(4)
    feat = Tensor(np.random.randn(1, 8, 12, 20).astype(np.float32))
    return RowAnchorLaneHead(), (feat,)
