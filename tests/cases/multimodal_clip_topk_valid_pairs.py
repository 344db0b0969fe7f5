# case: in-batch negatives keep only rows with a valid caption; k taken from mask sum then sliced -> dynamic shape at line 23
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class InBatchNegativeLoss(nn.Cell):
    def __init__(self, dim=16, temperature=0.05):
        super().__init__()
        self.temperature = temperature
        self.img_proj = nn.Dense(dim, dim)
        self.txt_proj = nn.Dense(dim, dim)
        self.log_softmax = nn.LogSoftmax(axis=-1)

    def _normalize(self, x):
        return x / ops.sqrt(ops.sum(x * x, dim=-1, keepdim=True) + 1e-6)

    def construct(self, images, texts, caption_valid):
        img = self._normalize(self.img_proj(images))
        txt = self._normalize(self.txt_proj(texts))
        # batch is sorted so that valid captions come first
        num_valid = caption_valid.astype(ms.int32).sum()
        img = img[:num_valid]
        txt = txt[:num_valid]
        logits = ops.matmul(img, txt.T) / self.temperature
        logp = self.log_softmax(logits)
        loss = -ops.diagonal(logp).mean()
        return loss


def make():
    np.random.seed(1)
    net = InBatchNegativeLoss()
    images = Tensor(np.random.randn(8, 16).astype(np.float32))
    texts = Tensor(np.random.randn(8, 16).astype(np.float32))
    valid = Tensor(np.array([1, 1, 1, 1, 1, 0, 0, 0], dtype=np.bool_))
    return net, (images, texts, valid)
