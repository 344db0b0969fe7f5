# case: row-anchor lane head decoding x-positions with a softmax expectation over grid columns and an existence score -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RowAnchorDecoder(nn.Cell):
    def __init__(self, num_cols=16, img_w=320.0, exist_thresh=0.5):
        super().__init__()
        self.num_cols = num_cols
        self.exist_thresh = exist_thresh
        centers = (np.arange(num_cols, dtype=np.float32) + 0.5) * (img_w / num_cols)
        self.col_centers = Tensor(centers)

    def construct(self, logits):
        cls_logits = logits[..., : self.num_cols]
        absent_logit = logits[..., self.num_cols]
        prob = ops.softmax(cls_logits, axis=-1)
        xs = (prob * self.col_centers).sum(axis=-1)
        exist = ops.sigmoid(cls_logits.max(axis=-1) - absent_logit)
        return ops.where(exist > self.exist_thresh, xs, ops.full_like(xs, -1.0)), exist


class UltraFastLaneHead(nn.Cell):
    def __init__(self, in_ch=8, num_rows=6, num_lanes=2, num_cols=16):
        super().__init__()
        self.shape_out = (num_rows, num_lanes, num_cols + 1)
        self.pool = nn.AvgPool2d(kernel_size=2, stride=2)
        self.fc = nn.Dense(in_ch * 6 * 10, num_rows * num_lanes * (num_cols + 1))
        self.decoder = RowAnchorDecoder(num_cols=num_cols)

    def construct(self, feat):
        b = feat.shape[0]
        x = self.pool(feat).reshape(b, -1)
        logits = self.fc(x).reshape((b,) + self.shape_out)
        return self.decoder(logits)


def make():
    np.random.seed(25)
    return UltraFastLaneHead(), (Tensor(np.random.randn(2, 8, 12, 20).astype(np.float32)),)
