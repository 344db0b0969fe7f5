# case: guided attention loss whose diagonal prior grid is built from attention .shape and per-utterance lengths as tensors -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DiagonalGuide(nn.Cell):
    def __init__(self, sigma=0.2):
        super().__init__()
        self.sigma = sigma

    def construct(self, t_dec, t_enc, dec_len, enc_len):
        grid_d = ops.arange(t_dec, dtype=ms.float32).reshape(1, -1, 1)
        grid_e = ops.arange(t_enc, dtype=ms.float32).reshape(1, 1, -1)
        nd = grid_d / dec_len.astype(ms.float32).reshape(-1, 1, 1)
        ne = grid_e / enc_len.astype(ms.float32).reshape(-1, 1, 1)
        return 1.0 - ops.exp(-((nd - ne) ** 2) / (2.0 * self.sigma ** 2))


class GuidedAttentionLoss(nn.Cell):
    def __init__(self, sigma=0.2, weight=1.0, reduce_mean=True):
        super().__init__()
        self.guide = DiagonalGuide(sigma)
        self.weight = weight
        self.reduce_mean = reduce_mean

    def construct(self, attn, dec_len, enc_len):
        b, t_dec, t_enc = attn.shape
        w = self.guide(t_dec, t_enc, dec_len, enc_len)
        dmask = ops.sequence_mask(dec_len, t_dec).astype(ms.float32)
        emask = ops.sequence_mask(enc_len, t_enc).astype(ms.float32)
        mask = dmask.expand_dims(2) * emask.expand_dims(1)
        loss = (attn * w * mask).sum()
        if self.reduce_mean:
            loss = loss / mask.sum()
        return self.weight * loss


def make():
    np.random.seed(25)
    attn = np.random.rand(2, 8, 5).astype(np.float32)
    attn /= attn.sum(-1, keepdims=True)
    return GuidedAttentionLoss(), (Tensor(attn), Tensor(np.array([8, 6], np.int32)),
                                   Tensor(np.array([5, 3], np.int32)))
