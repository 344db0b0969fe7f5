# case: predicate classifier on concatenated subject, object and union-box features from fixed pair indices -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class UnionBoxEncoder(nn.Cell):
    def __init__(self, out_dim=16):
        super().__init__()
        self.fc = nn.Dense(4, out_dim)

    def construct(self, subj_boxes, obj_boxes, img_size):
        union = ops.cat((ops.minimum(subj_boxes[:, :2], obj_boxes[:, :2]),
                         ops.maximum(subj_boxes[:, 2:], obj_boxes[:, 2:])), axis=1)
        return ops.relu(self.fc(union / img_size))


class PredicateClassifier(nn.Cell):
    def __init__(self, feat_dim=16, num_predicates=9, img_size=128.0):
        super().__init__()
        self.img_size = img_size
        self.union_enc = UnionBoxEncoder(feat_dim)
        self.mlp = nn.SequentialCell(nn.Dense(3 * feat_dim, 32), nn.ReLU(), nn.Dense(32, num_predicates))

    def construct(self, obj_feats, boxes, rel_pairs):
        s_idx, o_idx = rel_pairs[:, 0], rel_pairs[:, 1]
        subj_f = ops.gather(obj_feats, s_idx, 0)
        obj_f = ops.gather(obj_feats, o_idx, 0)
        union_f = self.union_enc(ops.gather(boxes, s_idx, 0), ops.gather(boxes, o_idx, 0), self.img_size)
        return self.mlp(ops.cat((subj_f, obj_f, union_f), axis=1))


def make():
    np.random.seed(32)
    feats = Tensor(np.random.randn(6, 16).astype(np.float32))
    xy = np.random.rand(6, 2).astype(np.float32) * 80
    boxes = Tensor(np.concatenate([xy, xy + 30], axis=1))
    pairs = Tensor(np.array([[0, 1], [1, 2], [3, 0], [4, 5], [5, 2]], dtype=np.int32))
    return PredicateClassifier(), (feats, boxes, pairs)
