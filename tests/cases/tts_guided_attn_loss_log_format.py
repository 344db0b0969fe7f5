# case: guided attention loss that logs its value via float(loss) and str.format inside construct -> compile error at line 26
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GuidedAttentionLoss(nn.Cell):
    def __init__(self, sigma=0.4, alpha=1.0, verbose=True):
        super().__init__()
        self.sigma = sigma
        self.alpha = alpha
        self.verbose = verbose

    def _guide(self, t_dec, t_enc):
        n = ops.arange(t_dec, dtype=ms.float32).expand_dims(1) / t_dec
        t = ops.arange(t_enc, dtype=ms.float32).expand_dims(0) / t_enc
        return 1.0 - ops.exp(-((n - t) ** 2) / (2 * self.sigma ** 2))

    def construct(self, attn, dec_mask, enc_mask):
        # attn: (B, T_dec, T_enc); masks are float 0/1
        _, t_dec, t_enc = attn.shape
        w = self._guide(t_dec, t_enc).expand_dims(0)
        mask = dec_mask.expand_dims(2) * enc_mask.expand_dims(1)
        loss = (attn * w * mask).sum() / mask.sum()
        if self.verbose:
            print("guided attention loss: {:.4f}".format(float(loss)))
        return self.alpha * loss


def make():
    np.random.seed(10)
    attn = np.random.rand(2, 6, 4).astype(np.float32)
    attn = attn / attn.sum(-1, keepdims=True)
    dm = np.ones((2, 6), np.float32); dm[1, 4:] = 0
    em = np.ones((2, 4), np.float32); em[1, 3:] = 0
    return GuidedAttentionLoss(), (Tensor(attn), Tensor(dm), Tensor(em))
