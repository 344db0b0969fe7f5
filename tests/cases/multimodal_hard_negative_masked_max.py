# case: VSE++ hardest-negative triplet loss using where(-inf) on the diagonal and max over rows -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HardestNegativeTripletLoss(nn.Cell):
    def __init__(self, dim=16, margin=0.2, max_violation=True):
        super().__init__()
        self.img_enc = nn.Dense(dim, dim)
        self.txt_enc = nn.Dense(dim, dim)
        self.margin = margin
        self.max_violation = max_violation

    def construct(self, images, texts):
        im = ops.L2Normalize(axis=-1)(self.img_enc(images))
        tx = ops.L2Normalize(axis=-1)(self.txt_enc(texts))
        scores = ops.matmul(im, tx.T)
        n = scores.shape[0]
        diagonal = ops.diagonal(scores)
        cost_s = ops.relu(self.margin + scores - diagonal.expand_dims(1))
        cost_im = ops.relu(self.margin + scores - diagonal.expand_dims(0))
        eye = ops.eye(n, n, ms.bool_)
        cost_s = ops.where(eye, ops.zeros_like(cost_s), cost_s)
        cost_im = ops.where(eye, ops.zeros_like(cost_im), cost_im)
        if self.max_violation:
            cost_s = cost_s.max(axis=1)
            cost_im = cost_im.max(axis=0)
        return cost_s.sum() + cost_im.sum()


def make():
    np.random.seed(13)
    net = HardestNegativeTripletLoss()
    img = Tensor(np.random.randn(6, 16).astype(np.float32))
    txt = Tensor(np.random.randn(6, 16).astype(np.float32))
    return net, (img, txt)
