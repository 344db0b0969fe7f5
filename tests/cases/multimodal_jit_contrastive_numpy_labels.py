# case: @ms.jit symmetric InfoNCE builds its targets with np.arange wrapped in Tensor inside the jit function -> compile error at line 12 (STRICT only)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit
def symmetric_info_nce(image_emb, text_emb, temperature):
    image_emb = image_emb / ops.norm(image_emb, dim=-1, keepdim=True)
    text_emb = text_emb / ops.norm(text_emb, dim=-1, keepdim=True)
    logits = ops.matmul(image_emb, text_emb.T) / temperature
    targets = Tensor(np.arange(logits.shape[0]), ms.int32)
    loss_i = ops.cross_entropy(logits, targets)
    loss_t = ops.cross_entropy(logits.T, targets)
    return (loss_i + loss_t) / 2


def make():
    np.random.seed(35)
    img = Tensor(np.random.randn(5, 16).astype(np.float32))
    txt = Tensor(np.random.randn(5, 16).astype(np.float32))
    return symmetric_info_nce, (img, txt, 0.07)
