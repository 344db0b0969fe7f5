# case: EDVR-style temporal attention: per-frame sigmoid correlation with the reference frame weights features before fusion -> static graph compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TemporalAttention(nn.Cell):
    def __init__(self, mid=8, num_frames=5, center=2):
        super().__init__()
        self.center = center
        self.emb_ref = nn.Conv2d(mid, mid, 3, pad_mode="same")
        self.emb_nbr = nn.Conv2d(mid, mid, 3, pad_mode="same")
        self.fusion = nn.Conv2d(mid * num_frames, mid, 1)
        self.sigmoid = nn.Sigmoid()

    def construct(self, aligned):
        # aligned: (B, T, C, H, W)
        b, t, c, h, w = aligned.shape
        ref = self.emb_ref(aligned[:, self.center])
        nbr = self.emb_nbr(aligned.reshape(b * t, c, h, w)).reshape(b, t, c, h, w)
        corr = (nbr * ref.expand_dims(1)).sum(axis=2, keepdims=True)
        prob = self.sigmoid(corr)
        weighted = (aligned * prob).reshape(b, t * c, h, w)
        return self.fusion(weighted)


def make():
    np.random.seed(6)
    x = Tensor(np.random.rand(2, 5, 8, 6, 6).astype(np.float32))
    return TemporalAttention(), (x,)
