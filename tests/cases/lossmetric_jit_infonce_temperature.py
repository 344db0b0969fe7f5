# case: @ms.jit InfoNCE contrastive loss with temperature, in-batch negatives and labels from arange of the batch size -> static
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

TEMPERATURE = 0.07
SYMMETRIC = True


def _normalize(x):
    return x / ops.clamp(ops.norm(x, dim=-1, keepdim=True), min=1e-12)


def _ce_rows(logits, targets):
    logp = ops.log_softmax(logits, axis=-1)
    return -ops.gather_elements(logp, 1, targets[:, None]).squeeze(1).mean()


@ms.jit
def info_nce_loss(query, key):
    q = _normalize(query)
    k = _normalize(key)
    logits = ops.matmul(q, k.T) / TEMPERATURE
    targets = ops.arange(q.shape[0], dtype=ms.int32)
    loss = _ce_rows(logits, targets)
    if SYMMETRIC:
        loss = 0.5 * (loss + _ce_rows(logits.T, targets))
    acc = (logits.argmax(axis=1).astype(ms.int32) == targets).astype(ms.float32).mean()
    return loss, acc


def make():
    np.random.seed(36)
    q = Tensor(np.random.randn(6, 8).astype(np.float32))
    k = Tensor(np.random.randn(6, 8).astype(np.float32))
    return info_nce_loss, (q, k)
