# case: jit function computing triplet Recall@K by matching top-K predicted triplets against fixed-size ground truth with broadcast equality -> static
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor


@ms.jit
def triplet_recall_at_k(pred_triplets, pred_scores, gt_triplets):
    k = 5
    _, order = ops.topk(pred_scores, k)
    top = ops.gather(pred_triplets, order, 0)
    eq = (top[:, None, :] == gt_triplets[None, :, :]).all(axis=-1)
    hit = eq.any(axis=0).astype(ms.float32)
    return hit.sum() / gt_triplets.shape[0]


def make():
    np.random.seed(41)
    gt = np.random.randint(1, 4, size=(4, 3)).astype(np.int32)
    pred = np.concatenate([gt[:2], np.random.randint(1, 4, size=(8, 3)).astype(np.int32)], axis=0)
    scores = np.random.rand(10).astype(np.float32)
    scores[:2] += 1.0
    return triplet_recall_at_k, (Tensor(pred), Tensor(scores), Tensor(gt))
