# case: @ms.jit contrastive loss over features "gathered" from other ranks (concatenated), local rows sliced with rank * batch from .shape -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def _normalize(x):
    return x / ops.norm(x, dim=-1, keepdim=True)


@ms.jit
def gathered_clip_loss(local_img, local_txt, remote_img, remote_txt, logit_scale, rank=0):
    all_img = ops.concat((local_img, remote_img), axis=0) if rank == 0 else ops.concat((remote_img, local_img), axis=0)
    all_txt = ops.concat((local_txt, remote_txt), axis=0) if rank == 0 else ops.concat((remote_txt, local_txt), axis=0)
    batch = local_img.shape[0]
    start = rank * batch
    logits_img = logit_scale * ops.matmul(_normalize(local_img), _normalize(all_txt).T)
    logits_txt = logit_scale * ops.matmul(_normalize(local_txt), _normalize(all_img).T)
    labels = ops.arange(start, start + batch, dtype=ms.int32)
    return (ops.cross_entropy(logits_img, labels) + ops.cross_entropy(logits_txt, labels)) / 2


def make():
    np.random.seed(36)
    li = Tensor(np.random.randn(3, 16).astype(np.float32))
    lt = Tensor(np.random.randn(3, 16).astype(np.float32))
    ri = Tensor(np.random.randn(6, 16).astype(np.float32))
    rt = Tensor(np.random.randn(6, 16).astype(np.float32))
    return gathered_clip_loss, (li, lt, ri, rt, Tensor(14.3, ms.float32))
